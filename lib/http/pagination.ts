/** Page numbers from a list page's search parameters. Pure: shared by data modules and the pager. */
export const PAGE_SIZE = 50;

export type PageRequest = { page: number; skip: number; take: number };

export function pageRequest(raw: string | string[] | undefined, size = PAGE_SIZE): PageRequest {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  const page = Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
  return { page, skip: (page - 1) * size, take: size };
}

export type PageInfo = { page: number; pageSize: number; total: number; pages: number };

export const pageInfo = (req: PageRequest, total: number): PageInfo => ({ page: req.page, pageSize: req.take, total, pages: Math.max(1, Math.ceil(total / req.take)) });
