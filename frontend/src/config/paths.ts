export const paths = {
  home: '/',
  signIn: '/sign-in',
  board: '/board',
  myTasks: '/my-tasks',
  newIdea: '/ideas/new',
  idea: (id: number | string) => `/ideas/${String(id)}`,
  editIdea: (id: number | string) => `/ideas/${String(id)}/edit`,
} as const;
