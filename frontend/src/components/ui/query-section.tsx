import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

interface QuerySectionProps<T> {
  /** The section's heading. */
  title: string;
  /** What the section lists. */
  query: UseQueryResult<T[]>;
  /** Said when the list is empty. */
  empty: string;
  /** A numbered list, where order means something (decisions, comments). */
  ordered?: boolean;
  className?: string;
  itemKey: (item: T) => string | number;
  itemClassName?: string;
  renderItem: (item: T) => ReactNode;
  /** Shown after the list, e.g. a form to add to it. */
  children?: ReactNode;
}

/**
 * A section of a page listing what a query loaded: its heading, then loading, the error,
 * "nothing yet", or the list.
 */
export function QuerySection<T>({
  title,
  query,
  empty,
  ordered = false,
  className = 'idea-section',
  itemKey,
  itemClassName,
  renderItem,
  children,
}: QuerySectionProps<T>) {
  const { t } = useTranslation();
  const headingId = useId();
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {title}
      </Heading>
      {query.isPending && <Loading />}
      {query.isError && (
        <ErrorAlert title={t('common.error')} error={query.error} headingLevel={3} />
      )}
      {query.data?.length === 0 && <Paragraph>{empty}</Paragraph>}
      {query.data && query.data.length > 0 && (
        <List className="plain-list">
          {query.data.map((item) => (
            <li key={itemKey(item)} className={itemClassName}>
              {renderItem(item)}
            </li>
          ))}
        </List>
      )}
      {children}
    </section>
  );
}
