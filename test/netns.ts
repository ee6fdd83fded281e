/**
 * A network namespace of the test's own, joined to this one by a veth pair: the only other host a
 * test may send traffic to. Each end gets an address of a /30 under 10.231.0.0/16 that no interface
 * of this host has, so the route the pair adds leads to that pair only; `remove` deletes the
 * namespace, which takes the pair and the route with it.
 */
import * as ChildProcess from "node:child_process"
import * as Crypto from "node:crypto"

export interface Namespace {
  readonly name: string
  /** The address of this side's end of the pair. */
  readonly hostAddress: string
  /** The address of the namespace's end. */
  readonly address: string
  /** `ip netns exec NAME`: prefix a command with it to run the command inside. */
  readonly exec: ReadonlyArray<string>
  readonly remove: () => void
}

const ip = (args: ReadonlyArray<string>) => ChildProcess.spawnSync("ip", args, { encoding: "utf8", timeout: 10_000 })

const failure = (result: ChildProcess.SpawnSyncReturns<string>): string =>
  result.error?.message ?? (result.stderr.trim() || `exit ${result.status ?? result.signal}`)

/** Creates the namespace and its pair, or says why it cannot be done here (not root, no `ip`). */
export const createNamespace = (): Namespace | { readonly skip: string } => {
  if (process.getuid?.() !== 0) return { skip: `ip netns needs root (uid ${process.getuid?.()})` }
  const version = ip(["-V"])
  if (version.error !== undefined || version.status !== 0) return { skip: `no ip command: ${failure(version)}` }
  const id = Crypto.randomInt(0, 1 << 14)
  const [third, fourth] = [id >> 6, (id & 63) << 2]
  const hostAddress = `10.231.${third}.${fourth + 1}`
  const address = `10.231.${third}.${fourth + 2}`
  const taken = ip(["-o", "-4", "addr", "show", "to", `10.231.${third}.${fourth}/30`])
  if (taken.stdout.trim() !== "") return { skip: `10.231.${third}.${fourth}/30 is in use on this host` }
  const name = `tcp-echo-test-${process.pid}-${id}`
  const [outside, inside] = [`te${id}h`, `te${id}n`]
  const remove = () => {
    ip(["netns", "del", name])
    ip(["link", "del", outside])
  }
  const steps: ReadonlyArray<ReadonlyArray<string>> = [
    ["netns", "add", name],
    ["link", "add", outside, "type", "veth", "peer", "name", inside, "netns", name],
    ["addr", "add", `${hostAddress}/30`, "dev", outside],
    ["link", "set", outside, "up"],
    ["-n", name, "addr", "add", `${address}/30`, "dev", inside],
    ["-n", name, "link", "set", inside, "up"],
    ["-n", name, "link", "set", "lo", "up"]
  ]
  for (const step of steps) {
    const result = ip(step)
    if (result.status !== 0) {
      remove()
      return { skip: `ip ${step.join(" ")} failed: ${failure(result)}` }
    }
  }
  process.once("exit", remove)
  return { name, hostAddress, address, exec: ["ip", "netns", "exec", name], remove }
}
