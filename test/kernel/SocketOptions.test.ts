import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Fs from "node:fs"
import * as Net from "node:net"
import * as Descriptor from "../../src/kernel/Descriptor.js"
import * as SocketOptions from "../../src/kernel/SocketOptions.js"
import { acceptedPair, listening } from "../helpers.js"

describe("SocketOptions (native)", () => {
  it.scoped("sets and reads back options on a real accepted socket", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      expect(options.native).toBe(true)
      const { accepted } = yield* acceptedPair(yield* listening())
      const fd = Option.getOrThrow(Descriptor.fdOf(accepted))
      yield* options.set(fd, "TCP_NODELAY", 1)
      expect(yield* options.get(fd, "TCP_NODELAY")).toBe(1)
      yield* options.set(fd, "TCP_USER_TIMEOUT", 3000)
      expect(yield* options.get(fd, "TCP_USER_TIMEOUT")).toBe(3000)
      yield* options.set(fd, "SO_RCVBUF", 65536)
      expect(yield* options.get(fd, "SO_RCVBUF")).toBe(2 * 65536)
    }).pipe(Effect.provide(SocketOptions.layerLinux)))

  it.scopedLive("tcpState tells an unread socket whether its peer sent FIN or RST", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      // Accepted sockets that never read, so Node does not see the FIN itself and close them.
      const server = yield* Effect.acquireRelease(
        Effect.async<Net.Server>((resume) => {
          const server = Net.createServer({ pauseOnConnect: true })
          server.listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
        }),
        (server) => Effect.sync(() => server.close())
      )
      const first = yield* acceptedPair(server)
      const fd = (pair: typeof first) => Option.getOrThrow(Descriptor.fdOf(pair.accepted))
      expect(yield* options.tcpState(fd(first))).toBe(1)
      first.client.end()
      yield* Effect.sleep("50 millis")
      expect(yield* options.tcpState(fd(first))).toBe(8)
      const second = yield* acceptedPair(server)
      second.client.resetAndDestroy()
      yield* Effect.sleep("50 millis")
      expect(yield* options.tcpState(fd(second))).toBe(7)
    }).pipe(Effect.provide(SocketOptions.layerLinux)))

  it.effect("a bad fd is a typed error with errno and its code name", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      const exit = yield* Effect.exit(options.get(987654, "SO_RCVBUF"))
      expect(exit).toEqual(
        Exit.fail(
          new SocketOptions.SocketOptionError({
            reason: "SystemCall",
            operation: "get",
            option: "SO_RCVBUF",
            fd: 987654,
            errno: 9,
            code: "EBADF"
          })
        )
      )
    }).pipe(Effect.provide(SocketOptions.layerLinux)))

  it.effect("a descriptor that is not a socket is ENOTSOCK", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      const fd = Fs.openSync("/dev/null", "r")
      const error = yield* Effect.flip(options.set(fd, "TCP_NODELAY", 1))
      Fs.closeSync(fd)
      expect(error.code).toBe("ENOTSOCK")
      expect(error.fd).toBe(fd)
    }).pipe(Effect.provide(SocketOptions.layerLinux)))

  it.effect("bind on a taken port is EADDRINUSE, and the fd can be closed", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      const server = yield* listening()
      const port = (server.address() as { port: number }).port
      const fd = yield* options.socket(4)
      const error = yield* Effect.flip(options.bind(fd, { family: 4, address: "127.0.0.1", port }))
      yield* options.close(fd)
      expect(error).toMatchObject({ syscall: "bind", code: "EADDRINUSE" })
      expect((yield* Effect.flip(options.close(fd))).code).toBe("EBADF")
    }).pipe(Effect.scoped, Effect.provide(SocketOptions.layerLinux)))
})

describe("SocketOptions (null)", () => {
  it.effect("reports every option as unsupported", () =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      expect(options.native).toBe(false)
      const error = yield* Effect.flip(options.set(3, "TCP_KEEPCNT", 4))
      expect(error).toMatchObject({ _tag: "SocketOptionError", reason: "Unsupported", option: "TCP_KEEPCNT" })
    }).pipe(Effect.provide(SocketOptions.layerNull)))
})

describe("SocketOptions bind (native): addresses as libc's inet_pton reads them", () => {
  const bindOn = (family: 4 | 6, address: string) =>
    Effect.gen(function*() {
      const options = yield* SocketOptions.SocketOptions
      const fd = yield* options.socket(family)
      const bound = yield* Effect.either(options.bind(fd, { family, address, port: 0 }))
      const v6Only = family === 6 ? yield* Effect.option(options.get(fd, "IPV6_V6ONLY")) : Option.none()
      yield* options.close(fd)
      return { bound, v6Only }
    }).pipe(Effect.provide(SocketOptions.layerLinux))

  it.effect("an IPv4-mapped address with a dotted tail binds (it read as hex before)", () =>
    Effect.gen(function*() {
      const { bound, v6Only } = yield* bindOn(6, "::ffff:127.0.0.1")
      expect(bound._tag).toBe("Right")
      // A mapped address takes IPv4 clients: the kernel leaves the socket dual-stack.
      expect(v6Only).toEqual(Option.some(0))
    }))

  it.effect("the long spelling of ::1 and a zone naming an interface bind", () =>
    Effect.gen(function*() {
      expect((yield* bindOn(6, "0:0:0:0:0:0:0:1")).bound._tag).toBe("Right")
      expect((yield* bindOn(6, "::1%lo")).bound._tag).toBe("Right")
      expect((yield* bindOn(4, "127.0.0.2")).bound._tag).toBe("Right")
    }))

  it.effect("a zone naming no interface is ENODEV, text that is no address EINVAL", () =>
    Effect.gen(function*() {
      const noInterface = yield* bindOn(6, "fe80::1%no-such-if0")
      expect(noInterface.bound).toMatchObject({ left: { syscall: "inet_pton", code: "ENODEV" } })
      const noAddress = yield* bindOn(4, "127.0.0.256")
      expect(noAddress.bound).toMatchObject({ left: { syscall: "inet_pton", code: "EINVAL" } })
    }))
})
