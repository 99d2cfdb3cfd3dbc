namespace Denoising.Torch;

/// <summary>Thrown when the training loss stops being a finite number.</summary>
public sealed class TrainingDivergedException : Exception
{
    public TrainingDivergedException(int epoch, double loss)
        : base($"Training diverged in epoch {epoch}: the mean loss is {loss}. " +
               "Lower learning_rate, or check the data for values outside [0, 1].")
    {
        Epoch = epoch;
        Loss = loss;
    }

    /// <summary>The 1-based epoch whose loss was not finite.</summary>
    public int Epoch { get; }

    public double Loss { get; }
}
