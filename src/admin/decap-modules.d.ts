// Decap's backends, widgets and locales ship without type declarations; the editor uses them only
// to register them with the CMS.
declare module 'decap-cms-backend-github' { export const GitHubBackend: new (...args: never[]) => object; }
declare module 'decap-cms-backend-test' { export const TestBackend: new (...args: never[]) => object; }
declare module 'decap-cms-backend-proxy' { export const ProxyBackend: new (...args: never[]) => object; }
declare module 'decap-cms-widget-*' { const widget: { Widget: () => unknown }; export default widget; }
declare module 'decap-cms-locales' { export const nl: Record<string, unknown>; }
