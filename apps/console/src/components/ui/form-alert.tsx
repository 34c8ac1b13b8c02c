import { unplacedFields, type FormProblem } from '../../forms.ts';

interface Props {
  readonly problem: FormProblem | undefined;
  /** The fields the form shows: their messages appear next to them, not here. */
  readonly shownFields?: readonly string[];
}

/**
 * A refused form's message, announced as soon as it appears (`role="alert"`). Field messages
 * the form has no field for are listed here, so nothing the server said is lost.
 */
export function FormAlert({ problem, shownFields = [] }: Props) {
  if (!problem) return null;
  const others = unplacedFields(problem, shownFields);
  return (
    <div class="alert alert--error" role="alert">
      <p>{problem.message}</p>
      {others.length > 0 && (
        <ul>
          {others.map(([field, message]) => (
            <li key={field}>
              <span dir="ltr">{field}</span>: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
