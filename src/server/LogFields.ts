/**
 * Named fields on a log line, in a fixed order, for the machine that reads the log: passed as the
 * last part of the message (`Effect.logInfo("connection closed", LogFields.fields({...}))`).
 *
 * Effect's own annotations live in a hash map, which loses their order, and the start-up summary
 * needs two renderings of one fact: prose for a person (`read 5.5 s`) and a number for a machine
 * (`readTimeoutMs: 5500`). So a line carries its fields apart from its words, and says whether the
 * text rendering should repeat them: a JSON logger always writes them, one key each; a text logger
 * writes `key=value` after the words only for `fields`, not for `facts` (the words already say them).
 */
export class LogFields {
  constructor(
    readonly values: Readonly<Record<string, unknown>>,
    /** Whether a text log writes them as `key=value` after the words. */
    readonly inText: boolean
  ) {}

  /** What a logger that does not know this class prints (Effect's default logger): `key=value ...`. */
  toString(): string {
    return Object.entries(this.values).map(([key, value]) => `${key}=${formatValue(value)}`).join(" ")
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.values
  }
}

/** Fields a text log writes after the words as `key=value`: the close records. */
export const fields = (values: Readonly<Record<string, unknown>>): LogFields => new LogFields(values, true)

/** Fields the words of the line already state (the start-up summary): JSON only. */
export const facts = (values: Readonly<Record<string, unknown>>): LogFields => new LogFields(values, false)

/** A value as text after `key=`: bare when it is one word, JSON otherwise (quoted strings, arrays). */
export const formatValue = (value: unknown): string => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value)
  return typeof value === "string" && !/^[^\s"=]+$/.test(value) ? JSON.stringify(text) : text
}
