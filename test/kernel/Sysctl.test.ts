import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { describe, expect, it } from "@effect/vitest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Sysctl from "../../src/kernel/Sysctl.js"

const fakeRoot = (files: Record<string, string>): string => {
  const root = Fs.mkdtempSync(Path.join(Os.tmpdir(), "sysctl-"))
  for (const [file, content] of Object.entries(files)) {
    Fs.mkdirSync(Path.dirname(Path.join(root, file)), { recursive: true })
    Fs.writeFileSync(Path.join(root, file), content)
  }
  return root
}

const limitsAt = (root: string) =>
  Effect.flatMap(Sysctl.Sysctl, (sysctl) => sysctl.limits).pipe(
    Effect.provide(Sysctl.layerLinuxAt(root, root).pipe(Layer.provide(NodeFileSystem.layer)))
  )

const wellFormed = {
  [Sysctl.files.somaxconn]: "4096\n",
  [Sysctl.files.tcpMaxSynBacklog]: "2048\n",
  [Sysctl.files.tcpSynackRetries]: "5\n",
  [Sysctl.files.tcpRmem]: "4096\t131072\t33554432\n",
  [Sysctl.files.tcpWmem]: "4096\t16384\t4194304\n",
  [Sysctl.files.rmemMax]: "4194304\n",
  [Sysctl.files.wmemMax]: "212992\n",
  limits: "Limit                     Soft Limit           Hard Limit           Units     \n" +
    "Max cpu time              unlimited            unlimited            seconds   \n" +
    "Max open files            20000                40000                files     \n"
}

describe("Sysctl", () => {
  it("derives the SYN-ACK give-up time: 1 + 2 + ... + 2^n seconds", () => {
    expect(Duration.toSeconds(Sysctl.synAckGiveUp(5))).toBe(63)
    expect(Duration.toSeconds(Sysctl.synAckGiveUp(0))).toBe(1)
    expect(Duration.toSeconds(Sysctl.synAckGiveUp(2))).toBe(7)
  })

  it.effect("parses every file the kernel writes", () =>
    Effect.gen(function*() {
      const limits = yield* limitsAt(fakeRoot(wellFormed))
      expect(limits.somaxconn).toEqual(Option.some(4096))
      expect(limits.tcpMaxSynBacklog).toEqual(Option.some(2048))
      expect(limits.tcpSynackRetries).toEqual(Option.some(5))
      expect(Option.map(limits.synAckGiveUp, Duration.toSeconds)).toEqual(Option.some(63))
      expect(limits.tcpRmem).toEqual(Option.some({ min: 4096, default: 131072, max: 33554432 }))
      expect(limits.tcpWmem).toEqual(Option.some({ min: 4096, default: 16384, max: 4194304 }))
      expect(limits.rmemMax).toEqual(Option.some(4194304))
      expect(limits.wmemMax).toEqual(Option.some(212992))
      expect(limits.openFilesLimit).toEqual(Option.some(20000))
    }))

  it.effect("an unlimited RLIMIT_NOFILE is unknown; a limits file without it is an error", () =>
    Effect.gen(function*() {
      const unlimited = yield* limitsAt(
        fakeRoot({ ...wellFormed, limits: "Max open files            unlimited            unlimited            files\n" })
      )
      expect(Option.isNone(unlimited.openFilesLimit)).toBe(true)
      const error = yield* Effect.flip(limitsAt(fakeRoot({ ...wellFormed, limits: "nothing here\n" })))
      expect(error).toMatchObject({ reason: "Parse", content: "nothing here\n" })
    }))

  it.effect("a missing file is unknown, the others still read", () =>
    Effect.gen(function*() {
      const { [Sysctl.files.somaxconn]: _, [Sysctl.files.tcpRmem]: __, ...rest } = wellFormed
      const limits = yield* limitsAt(fakeRoot(rest))
      expect(Option.isNone(limits.somaxconn)).toBe(true)
      expect(Option.isNone(limits.tcpRmem)).toBe(true)
      expect(limits.tcpMaxSynBacklog).toEqual(Option.some(2048))
    }))

  it.effect("no sysctl tree at all reads as all unknown", () =>
    Effect.gen(function*() {
      const limits = yield* limitsAt(Path.join(Os.tmpdir(), "no-such-sysctl-root"))
      expect(limits).toEqual(Sysctl.unknown)
    }))

  const garbage: ReadonlyArray<readonly [string, string]> = [
    [Sysctl.files.somaxconn, "many\n"],
    [Sysctl.files.somaxconn, "-1\n"],
    [Sysctl.files.somaxconn, "12 13\n"],
    [Sysctl.files.somaxconn, ""],
    [Sysctl.files.tcpSynackRetries, "5.5\n"],
    [Sysctl.files.tcpRmem, "4096 131072\n"],
    [Sysctl.files.tcpWmem, "4096 x 4194304\n"],
    [Sysctl.files.rmemMax, "99999999999999999999\n"]
  ]
  for (const [file, content] of garbage) {
    it.effect(`garbage in ${file} (${JSON.stringify(content)}) is a typed error naming file and content`, () =>
      Effect.gen(function*() {
        const root = fakeRoot({ ...wellFormed, [file]: content })
        const exit = yield* Effect.exit(limitsAt(root))
        expect(exit).toEqual(Exit.fail(new Sysctl.SysctlError({ reason: "Parse", path: `${root}/${file}`, content })))
      }))
  }

  it.effect("of several bad files, the error names the first in the order of KernelLimits", () =>
    Effect.gen(function*() {
      const root = fakeRoot({ ...wellFormed, [Sysctl.files.wmemMax]: "x\n", [Sysctl.files.tcpSynackRetries]: "y\n" })
      const error = yield* Effect.flip(limitsAt(root))
      expect(error).toMatchObject({ reason: "Parse", path: `${root}/${Sysctl.files.tcpSynackRetries}` })
    }))

  it.effect("a file that cannot be read (a folder in its place) is a typed error naming it and why", () =>
    Effect.gen(function*() {
      const root = fakeRoot(wellFormed)
      Fs.rmSync(Path.join(root, Sysctl.files.rmemMax))
      Fs.mkdirSync(Path.join(root, Sysctl.files.rmemMax))
      const error = yield* Effect.flip(limitsAt(root))
      expect(error).toMatchObject({ reason: "Read", path: `${root}/${Sysctl.files.rmemMax}` })
      expect(error.message).toMatch(/^cannot read .*rmem_max: .*EISDIR/)
    }))

  it.effect("layerNull answers None for everything", () =>
    Effect.gen(function*() {
      const limits = yield* Effect.flatMap(Sysctl.Sysctl, (s) => s.limits)
      for (const value of Object.values(limits)) expect(Option.isNone(value)).toBe(true)
    }).pipe(Effect.provide(Sysctl.layerNull)))

  it.effect("layerLinux reads the real /proc/sys", () =>
    Effect.gen(function*() {
      const limits = yield* Effect.flatMap(Sysctl.Sysctl, (s) => s.limits)
      const somaxconn = Number(Fs.readFileSync("/proc/sys/net/core/somaxconn", "utf8"))
      expect(limits.somaxconn).toEqual(Option.some(somaxconn))
      const open = yield* Effect.flatMap(Sysctl.Sysctl, (s) => s.openFiles)
      expect(Option.getOrThrow(open)).toBeGreaterThan(2)
    }).pipe(Effect.provide(Sysctl.layerLinux.pipe(Layer.provide(NodeFileSystem.layer)))))
})
