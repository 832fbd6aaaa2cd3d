namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// The batch methods that take <see cref="AnalyzeRequest"/>s: each text is analysed with its own options (a news
/// corpus has a publication date per article), the n-th document answers the n-th request, and cancellation and
/// argument checks behave as in the batch methods with one set of options.
/// </summary>
public class BatchRequestTests
{
    private const string Kemarin = "Kemarin, Presiden Joko Widodo meresmikan Bendungan Karian di Lebak, Banten.";

    // Each article published a day after the one before: "Kemarin" is the day before its own date.
    private static AnalyzeRequest[] Requests(int count) => Enumerable.Range(0, count)
        .Select(i => new AnalyzeRequest($"{Kemarin} Berita nomor {i}.", new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 3).AddDays(i) }))
        .ToArray();

    private static string? KemarinValue(Document document) => document.Entities.Single(e => e.Text == "Kemarin").NormalizedValue;

    [Fact]
    public void ProcessMany_uses_each_request_own_date_in_input_order()
    {
        var requests = Requests(60);
        var documents = Pipeline.Default.ProcessMany(requests, maxDegreeOfParallelism: 4).ToArray();
        Assert.Equal(requests.Select(r => r.Text), documents.Select(d => d.Text));
        Assert.Equal(
            requests.Select(r => r.Options!.PublishedAt!.Value.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            documents.Select(KemarinValue));

        // The same as analysing them one by one.
        Assert.Equal(requests.Select(r => Pipeline.Default.Process(r.Text, r.Options).ToJson()), documents.Select(d => d.ToJson()));
    }

    [Fact]
    public async Task ProcessManyAsync_and_the_static_forms_give_the_same_documents()
    {
        var requests = Requests(20);
        string[] expected = Pipeline.Default.ProcessMany(requests, maxDegreeOfParallelism: 1).Select(d => d.ToJson()).ToArray();

        var viaAsync = new List<string>();
        await foreach (var document in Pipeline.Default.ProcessManyAsync(ToAsync(requests), maxDegreeOfParallelism: 3, cancellationToken: TestContext.Current.CancellationToken))
        {
            viaAsync.Add(document.ToJson());
        }

        Assert.Equal(expected, viaAsync);
        Assert.Equal(expected, Pipeline.AnalyzeMany(requests, maxDegreeOfParallelism: 2).Select(d => d.ToJson()));

        var viaStaticAsync = new List<string>();
        await foreach (var document in Pipeline.AnalyzeManyAsync(ToAsync(requests), cancellationToken: TestContext.Current.CancellationToken))
        {
            viaStaticAsync.Add(document.ToJson());
        }

        Assert.Equal(expected, viaStaticAsync);
    }

    [Fact]
    public void A_request_without_options_is_analysed_with_the_defaults()
    {
        var documents = Pipeline.Default.ProcessMany([new AnalyzeRequest(Kemarin), new AnalyzeRequest(Kemarin, new AnalyzeOptions { PublishedAt = new DateOnly(2017, 3, 27) })]).ToArray();
        Assert.Null(KemarinValue(documents[0]));
        Assert.Null(documents[0].ReferenceDate);
        Assert.Equal("2017-03-26", KemarinValue(documents[1]));
    }

    [Fact]
    public void ProcessMany_stops_pulling_requests_once_cancelled()
    {
        using var cts = new CancellationTokenSource();
        int pulled = 0;
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Pipeline.Default.ProcessMany(Endless(), maxDegreeOfParallelism: 2, cancellationToken: cts.Token))
            {
                if (++seen == 10) cts.Cancel();
            }
        });
        Assert.Equal(10, seen);
        Assert.InRange(pulled, 10, 10 + (2 * 2) + 1);

        IEnumerable<AnalyzeRequest> Endless()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return new AnalyzeRequest(Kemarin, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 1, 1).AddDays(i % 300) });
            }
        }
    }

    [Fact]
    public void Arguments_are_checked_as_in_the_other_batch_methods()
    {
        var nullRequests = Assert.Throws<ArgumentNullException>(() => Pipeline.Default.ProcessMany((IEnumerable<AnalyzeRequest>)null!));
        Assert.Equal("requests", nullRequests.ParamName);
        Assert.Equal("requests", Assert.Throws<ArgumentNullException>(() => Pipeline.Default.ProcessManyAsync((IAsyncEnumerable<AnalyzeRequest>)null!)).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => Pipeline.Default.ProcessMany((IEnumerable<string>)null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Pipeline.Default.ProcessMany(Requests(1), maxDegreeOfParallelism: -1));

        // A null request or text fails when the enumeration reaches it, as a null text does.
        Assert.Throws<ArgumentNullException>(() => Pipeline.Default.ProcessMany([new AnalyzeRequest(Kemarin), null!]).ToList());
        Assert.Throws<ArgumentNullException>(() => Pipeline.Default.ProcessMany([new AnalyzeRequest(null!)]).ToList());
    }

    private static async IAsyncEnumerable<AnalyzeRequest> ToAsync(IEnumerable<AnalyzeRequest> requests)
    {
        foreach (var request in requests)
        {
            await Task.Yield();
            yield return request;
        }
    }
}
