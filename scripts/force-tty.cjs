// Preloaded by the build (scripts/build.mjs) to record the help the CLI prints on a terminal: the CLI
// styles it when stdout is a TTY and prints it plain otherwise, and the recording runs on a pipe.
Object.defineProperty(process.stdout, "isTTY", { value: true })
