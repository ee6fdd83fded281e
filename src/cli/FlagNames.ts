/**
 * The library's messages name its config fields (`maxConnections`, `allow`), since a program that
 * embeds it knows those; a user of the CLI knows them as flags. The CLI's loggers turn the one into
 * the other.
 */
const flags: Readonly<Record<string, string>> = {
  allow: "--allow",
  maxConnections: "--max-connections",
  maxConnectionsPerIp: "--max-connections-per-ip",
  proxyFrom: "--proxy-from"
}

const fieldNames = new RegExp(`\\b(?:${Object.keys(flags).join("|")})\\b`, "g")

export const asFlags = (text: string): string => text.replace(fieldNames, (name) => flags[name]!)
