export const paths = {
  home: '/',
  signIn: '/sign-in',
  board: '/board',
  myTasks: '/my-tasks',
  newIdea: '/ideas/new',
  idea: (id: number | string) => `/ideas/${String(id)}`,
  public: '/public',
  publicIdea: (reference: string) => `/public/ideas/${reference}`,
  lessons: '/lessons',
  dashboard: '/dashboard',
  editIdea: (id: number | string) => `/ideas/${String(id)}/edit`,
  adminProcesses: '/admin/processes',
} as const;
