import { indent, industryTree, useTaxonomy } from './taxonomy';

/** A select of the industries in tree order; '' is "none". */
export function IndustrySelect({
  id,
  value,
  onChange,
  noneLabel,
}: {
  id?: string;
  value: string;
  onChange: (code: string) => void;
  noneLabel: string;
}) {
  const taxonomy = useTaxonomy();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
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
