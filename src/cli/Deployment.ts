/**
 * `serve`'s flags for where the server is deployed rather than how it echoes: the IPv6 stack. Kept
 * apart from `serve.ts` so that the command's own flags stay one list.
 */
import * as Options from "@effect/cli/Options"

export const deploymentOptions = {
  ipv6Only: Options.boolean("ipv6-only").pipe(
    Options.withDescription(
      "With an IPv6 --host, serve IPv6 clients only (IPV6_V6ONLY). Default: --host :: serves IPv4 clients too, shown and matched as their IPv4 address. No effect on an IPv4 address."
    )
  )
}
