import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Pages of a list, 0-based as the API counts them; nothing when everything fits on one page. */
export function PageNavigation({
  page,
  total,
  size,
  onChange,
}: {
  page: number;
  total: number;
  size: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(total / size));
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page + 1,
    totalPages,
    showPages: 7,
    setCurrentPage: (chosen) => {
      onChange(chosen - 1);
    },
  });
  if (totalPages <= 1) {
    return null;
  }
  return (
    <Pagination aria-label={t('portfolio.pages')} data-size="sm">
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps}>{t('portfolio.previousPage')}</Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: number, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof number === 'number' && (
              <Pagination.Button
                {...buttonProps}
                aria-label={t('portfolio.pageNumber', { page: number })}
              >
                {number}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps}>{t('portfolio.nextPage')}</Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
