import { connection } from 'next/server';
import { measureCalendar } from '@/lib/calendar/respond';
import { db } from '@/lib/db';

export async function GET(_request: Request, { params }: RouteContext<'/api/calendar/measures/[slug]'>) {
  await connection();
  return measureCalendar(db, (await params).slug);
}
