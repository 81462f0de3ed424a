import { apiRoute } from '@/lib/api/route';

export const { GET, OPTIONS } = apiRoute('campaigns');
