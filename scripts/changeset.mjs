// npm run changeset [-- <command>]: the changesets CLI (`add` by default, `status`, `version`). Its own bin calls
// module.enableCompileCache, which Node 20 lacks; the CLI itself runs on Node 20, so this starts it directly.
await import('@changesets/cli');
