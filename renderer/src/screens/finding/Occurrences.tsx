/** Every place a claim appears; web pages are links (http(s) only), documents are named. */
import { useState } from 'react';
import type { Occurrence } from '../../../../shared/domain/types.js';
import { ExternalLink } from '../../components/ExternalLink.js';
import { shortUri } from '../../lib/format.js';
import { SOURCE_KIND_LABELS } from '../../lib/labels.js';

const FIRST = 8;
const MAX = 500;

export function Occurrences({ occurrences }: { occurrences: readonly Occurrence[] }) {
  const [all, setAll] = useState(false);
  const shown = occurrences.slice(0, all ? MAX : FIRST);
  return (
    <>
      <table className="table table-compact occurrences">
        <caption className="sr-only">Places the promise appears</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Where</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o, i) => (
            <tr key={`${o.uri}-${i}`}>
              <td className="occurrence-link">
                <ExternalLink href={o.uri}>{shortUri(o.uri)}</ExternalLink>
              </td>
              <td className="muted occurrence-loc">{describeLocation(o.location)}</td>
              <td className="nowrap">{SOURCE_KIND_LABELS[o.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {occurrences.length > FIRST ? (
        <div className="occurrences-more">
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setAll((a) => !a)} aria-expanded={all}>
            {all ? 'Show fewer' : `Show all ${occurrences.length} places`}
          </button>
          {all && occurrences.length > MAX ? <span className="muted">The first {MAX} are listed.</span> : null}
        </div>
      ) : null}
    </>
  );
}

function describeLocation(loc: Occurrence['location']): string {
  if (loc.page !== null) return `page ${loc.page}`;
  if (loc.line !== null) return `line ${loc.line}`;
  return loc.path ?? '';
}
