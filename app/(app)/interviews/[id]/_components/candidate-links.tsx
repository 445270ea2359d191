/**
 * What an interviewer may know of the candidate besides the name: their links (profile, portfolio), and where the
 * interview happens. Only http(s) links are made clickable; anything else is shown as text.
 */
export function CandidateLinks({ links, location }: { links: string[]; location: string }) {
  const href = (s: string) => (/^https?:\/\/\S+$/i.test(s.trim()) ? s.trim() : null);
  if (links.length === 0 && !location) return null;
  return (
    <ul aria-label="Where, and the candidate's links" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {location ? <li><span className="text-slate-500">Where: </span>{href(location) ? <a href={href(location)!} target="_blank" rel="noreferrer noopener" className="text-brand-700 underline">{location}</a> : location}</li> : null}
      {links.map((l) => (
        <li key={l}>{href(l) ? <a href={href(l)!} target="_blank" rel="noreferrer noopener" className="break-all text-brand-700 underline">{l}</a> : <span className="break-all">{l}</span>}</li>
      ))}
    </ul>
  );
}
