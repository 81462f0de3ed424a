import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { TemplateMatches } from '@/components/campaigns/template-matches';
import { FollowForm } from '@/components/follows/follow-form';
import { StatusBadge } from '@/components/measures/status-badge';
import { PositionSection } from '@/components/positions/position-section';
import { AddRelationForm } from '@/components/relations/add-relation-form';
import { RelationReview } from '@/components/relations/relation-review';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { getWorkspaceMeasure } from '@/lib/dashboard/workspace';
import { measureName } from '@/lib/format';
import { isFollowing } from '@/lib/follows/queries';
import { relationLabels } from '@/lib/measures/relations';
import { getPositionHistory } from '@/lib/positions/queries';
import { getWorkspaceRelations } from '@/lib/relations/queries';
import '@/app/(admin)/admin/measures/editor.css';
import '../../../dashboard.css';

export const metadata: Metadata = { title: 'Measure workspace', robots: { index: false } };

export const instant = false;

const relationTypes = Object.entries(relationLabels).map(([value, labels]) => ({ value, label: labels.outgoing }));

type Props = { params: Promise<{ slug: string }> };

/** The member's side of a measure: follow, the organisation's position, related measures (add; editors review). */
export default async function MeasureWorkspacePage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requirePermission('dashboard.view', `/dashboard/measures/${encodeURIComponent(slug)}`);
  const measure = await getWorkspaceMeasure(slug);
  if (!measure) {
    return (
      <>
        <h1>Measure not found</h1>
        <p>
          No measure has the address “{slug}”. <Link href="/dashboard">Back to the dashboard</Link>
        </p>
      </>
    );
  }
  const [following, history, relations] = await Promise.all([
    isFollowing(viewer.id, 'measure', measure.id),
    getPositionHistory(viewer, measure.id),
    getWorkspaceRelations(measure.id),
  ]);
  const name = measureName(measure);

  return (
    <>
      <p className="eyebrow">
        <Link href="/dashboard">Dashboard</Link> · {measure.originBody.name}
      </p>
      <h1>
        {name}
        {measure.identifier ? <span className="muted">: {measure.title}</span> : null}
      </h1>
      <p>
        <StatusBadge
          type={measure.type}
          stage={measure.overrideStage ?? measure.stage}
          outcome={measure.overrideOutcome ?? measure.outcome}
        />{' '}
        · <Link href={`/measures/${measure.slug}`}>Public page</Link>
      </p>
      <FollowForm kind="measure" id={measure.id} following={following} name={name} />
      <PositionSection measureId={measure.id} history={history} />
      <section aria-labelledby="related-heading" className="editor-section">
        <h2 id="related-heading">Related measures</h2>
        <RelationReview relations={relations} canReview={can(viewer.role, 'relation.review')} />
        <h3>Add a related measure</h3>
        <AddRelationForm measureId={measure.id} relationTypes={relationTypes} />
      </section>
      <TemplateMatches measureId={measure.id} linkBase="/dashboard/measures" />
    </>
  );
}
