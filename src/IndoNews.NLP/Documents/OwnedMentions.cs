using System.Collections.ObjectModel;

namespace IndoNews.NLP;

/// <summary>
/// A cluster's mention indices in an array that this library made for the cluster and never changes, so
/// <see cref="EntityCluster"/> keeps it as it is instead of copying it (it copies every other list it is given).
/// </summary>
internal sealed class OwnedMentions(int[] mentions) : ReadOnlyCollection<int>(mentions);
