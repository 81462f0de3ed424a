import { connection } from 'next/server';
import { bodyCalendar } from '@/lib/calendar/respond';
import { db } from '@/lib/db';

export async function GET(_request: Request, { params }: RouteContext<'/api/calendar/bodies/[slug]'>) {
  await connection();
  return bodyCalendar(db, (await params).slug);
}
