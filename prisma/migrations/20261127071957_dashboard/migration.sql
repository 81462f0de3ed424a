-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dashboardColumns" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "dashboardSeenAt" TIMESTAMP(3);
