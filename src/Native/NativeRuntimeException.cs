namespace Denoising.Native;

/// <summary>
/// The native backend could not be set up (no safe cache folder, a library that does not load). A problem of the
/// machine, not of the experiment: the host reports it as a runtime setup error.
/// </summary>
public sealed class NativeRuntimeException(string message, Exception? inner = null) : Exception(message, inner);
