import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  title: string;
  /** What each figure counts, in a sentence or two. */
  explanation: string;
  /** The chart: drawn for the eye, hidden from screen readers, which read the table. */
  chart: ReactNode;
  header: string[];
  rows: (string | number)[][];
  /** Said instead of chart and table when there is nothing to show. */
  empty?: string;
}

/** A chart with its numbers as a table beside it, the table being what screen readers read. */
export function ChartFigure({ title, explanation, chart, header, rows, empty }: ChartFigureProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel dashboard-figure" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="dashboard-explanation">
        {explanation}
      </Paragraph>
      {rows.length === 0 && empty ? (
        <p>{empty}</p>
      ) : (
        <>
          <div className="dashboard-chart" aria-hidden="true">
            {chart}
          </div>
          <Details>
            <Details.Summary>{t('dashboard.showNumbers')}</Details.Summary>
            <Details.Content>
              {/* Wider than its box on a phone: it scrolls inside the box, by keyboard too. */}
              <div
                className="dashboard-table"
                role="region"
                aria-label={t('dashboard.numbersOf', { title })}
                // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must take focus (WCAG 2.1.1)
                tabIndex={0}
              >
                <Table data-size="sm" zebra>
                  <caption>{title}</caption>
                  <Table.Head>
                    <Table.Row>
                      {header.map((cell) => (
                        <Table.HeaderCell key={cell} scope="col">
                          {cell}
                        </Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {rows.map((row, index) => (
                      <Table.Row key={`${String(row[0])}-${String(index)}`}>
                        {row.map((cell, column) =>
                          column === 0 ? (
                            <Table.HeaderCell key={column} scope="row">
                              {cell}
                            </Table.HeaderCell>
                          ) : (
                            <Table.Cell key={column}>{cell}</Table.Cell>
                          ),
                        )}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            </Details.Content>
          </Details>
        </>
      )}
    </section>
  );
}
