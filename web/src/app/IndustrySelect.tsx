import { indent, industryTree, useTaxonomy } from './taxonomy';

/** The value of the select while nothing is chosen (with a `placeholder`). */
export const UNCHOSEN = '?';

/** A select of the industries in tree order; '' is "none"; with a `placeholder`, UNCHOSEN until the user chooses. */
export function IndustrySelect({
  id,
  value,
  onChange,
  noneLabel,
  placeholder,
}: {
  id?: string;
  value: string;
  onChange: (code: string) => void;
  noneLabel: string;
  placeholder?: string;
}) {
  const taxonomy = useTaxonomy();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {placeholder !== undefined && (
        <option value={UNCHOSEN} disabled>
          {placeholder}
        </option>
      )}
      <option value="">{noneLabel}</option>
      {industryTree(taxonomy.data?.industries ?? []).map((i) => (
        <option key={i.code} value={i.code}>
          {indent(i.depth)}
          {i.name}
        </option>
      ))}
    </select>
  );
}
