/**
 * The one place that looks at the host to pick the kernel layers: the Linux ones where there is a
 * /proc/sys, the null ones elsewhere. The library never asks; the commands that need them do.
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SocketOptions from "../kernel/SocketOptions.js"
import * as Sysctl from "../kernel/Sysctl.js"

/** The host's layers: Linux readings and native options where there is a /proc/sys; null ones elsewhere. */
export const platformLayer = Layer.unwrapEffect(
  Effect.gen(function*() {
    const linux = process.platform === "linux" && (yield* (yield* FileSystem.FileSystem).exists("/proc/sys").pipe(
      Effect.orElseSucceed(() => false)
    ))
    return linux
      ? Layer.merge(Sysctl.layerLinux, SocketOptions.layerLinux)
      : Layer.merge(Sysctl.layerNull, SocketOptions.layerNull)
  })
)
