namespace PlanningGIS.Planning.SampleData;

/// <summary>A source file that cannot be loaded; the message names the file, the feature and the problem.</summary>
public sealed class SampleDataException(string message, Exception? inner = null) : Exception(message, inner);
