export const prerender = true;
// Static hosts serve /ja/diagram/acm/ from ja/diagram/acm/index.html without any rewrite rules.
export const trailingSlash = 'always';
