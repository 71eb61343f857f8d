import { useState, type ReactNode } from 'react';

import { OrganisationPicker } from './organisation-picker';

interface OrganisationScopeProps {
  /** The admin's own organisation, managed until they pick another. */
  own: number;
  /** A region's admin picks the organisation; an organisation's admin has only their own. */
  regionAdmin: boolean;
  children: (organisation: number) => ReactNode;
}

/** The organisation whose lists or fields the page manages, with a picker for a region's admin. */
export function OrganisationScope({ own, regionAdmin, children }: OrganisationScopeProps) {
  const [chosen, setChosen] = useState<number>();
  const organisation = regionAdmin ? (chosen ?? own) : own;
  return (
    <>
      {regionAdmin && <OrganisationPicker value={organisation} onChange={setChosen} />}
      {children(organisation)}
    </>
  );
}
