using Denoising.Abstractions;
using Denoising.Host.Configuration;

namespace Denoising.Host.Plugins;

/// <summary>A named component and where it came from.</summary>
public sealed record ComponentRegistration(
    ComponentKind Kind,
    string Name,
    string Description,
    Type OptionsType,
    Func<object, ComponentContext, object> Create,
    string SourceAssembly);
