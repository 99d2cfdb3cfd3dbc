namespace Denoising.Torch.Onnx;

/// <summary>Names a submodule's weights as its state dict does: <c>parent.child</c>.</summary>
public static class OnnxScope
{
    public static string Child(string scope, string child) => scope.Length == 0 ? child : $"{scope}.{child}";
}
