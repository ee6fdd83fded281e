/**
 * The one place that looks at the host to pick the kernel layers: the Linux ones where there is a
 * /proc/sys, the null ones elsewhere. The library never asks; the commands that need them do, and
 * each takes only what it uses: koffi (the native socket calls) loads only for a command that tunes
 * sockets.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as Sysctl from "../kernel/Sysctl.js"

const isLinux = Effect.gen(function*() {
  if (process.platform !== "linux") return false
  return yield* (yield* FileSystem.FileSystem).exists("/proc/sys").pipe(Effect.orElseSucceed(() => false))
})

/** The host's kernel readings: Linux's where there is a /proc/sys; null ones elsewhere. */
export const sysctlLayer = Layer.unwrapEffect(
  Effect.map(isLinux, (linux) => (linux ? Sysctl.layerLinux : Sysctl.layerNull))
)

/** The host's layers: Linux readings and native options where there is a /proc/sys; null ones elsewhere. */
export const platformLayer = Layer.unwrapEffect(
  Effect.map(isLinux, (linux) =>
    linux
      ? Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux)
      : Layer.merge(Sysctl.layerNull, SocketOptions.layerNull))
)
