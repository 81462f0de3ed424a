import { EditorForm } from '@/components/admin/editor-form';
import { followAction } from '@/lib/follows/actions';
import type { FollowKind } from '@/lib/follows/schemas';

/** For pages that know the state (the dashboard): a form posting to the follow action, working without JavaScript. */
export function FollowForm({
  kind,
  id,
  following,
  name,
}: {
  kind: FollowKind;
  id: number;
  following: boolean;
  name: string;
}) {
  return (
    <EditorForm
      action={followAction}
      hidden={{ kind, id, intent: following ? 'unfollow' : 'follow' }}
      submitLabel={following ? 'Unfollow' : 'Follow'}
      label={`${following ? 'Unfollow' : 'Follow'} ${name}`}
      inline
    />
  );
}
