import type { StaffRef } from '../../api/queue-types.ts';
import { useConsole } from '../../context.ts';

/** Who handles a case: "you", a colleague's name, or "nobody yet". */
export function HandlerName({
  staff,
  myId,
}: {
  readonly staff: StaffRef | null;
  readonly myId: string;
}) {
  const { t } = useConsole();
  if (!staff) return <span class="handler handler--none">{t.handlerNobody}</span>;
  if (staff.id === myId) return <strong class="handler handler--me">{t.handlerYou}</strong>;
  return (
    <bdi class="handler" data-handler-name>
      {staff.name}
    </bdi>
  );
}
