import { connection } from 'next/server';
import { followedCalendar } from '@/lib/calendar/respond';
import { db } from '@/lib/db';

export async function GET(_request: Request, { params }: RouteContext<'/api/calendar/follows/[token]'>) {
  await connection();
  return followedCalendar(db, (await params).token);
}
