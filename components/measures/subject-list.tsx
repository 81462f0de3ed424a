// A measure's subjects. A large bill has hundreds (Congress indexes an omnibus under 400 and more), so the page shows
// the first few (the policy area comes first, as the import stores it) and the rest behind a "show all" disclosure:
// <details> opens without JavaScript, is announced as a button by screen readers, and keeps the page static.

/** How many subjects are shown before "show all". */
export const SUBJECTS_SHOWN = 12;

export function SubjectList({ subjects }: { subjects: string[] }) {
  const shown = subjects.slice(0, SUBJECTS_SHOWN);
  const rest = subjects.slice(SUBJECTS_SHOWN);
  return (
    <>
      <ul className="plain-list">
        {shown.map((subject) => (
          <li key={subject}>{subject}</li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <details className="more-subjects">
          <summary>Show all {subjects.length} subjects</summary>
          <ul className="plain-list">
            {rest.map((subject) => (
              <li key={subject}>{subject}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
