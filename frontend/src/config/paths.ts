export const paths = {
  home: '/',
  board: '/board',
} as const;
