// Built by the plugin in vite.config.ts: one language's strings of one part.
declare module 'virtual:invoiceguard-messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
