using Npgsql;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Tests.Api;

/// <summary>
/// Rows read by column name (RowReader) and filters whose parameters are named after what they hold
/// (SqlQuery), against a real PostgreSQL.
/// </summary>
public sealed class RowReaderTests : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.EmptyAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    private async Task<T?> FirstAsync<T>(string sql, Func<RowReader, T> read)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        return await RowReader.FirstAsync(cmd, read, CancellationToken.None);
    }

    [Fact]
    public async Task Columns_are_found_by_name_whatever_their_order_and_sql_null_reads_as_null()
    {
        var row = await FirstAsync("select null::text as note, 7::bigint as id, null::int as floors, 'DB-A-01' as code",
            r => (r.Get<long>("id"), r.Get<string>("code"), r.Get<string?>("note"), r.Get<int?>("floors")));

        Assert.Equal((7L, "DB-A-01", null, null), row);
    }

    [Fact]
    public async Task A_row_that_asks_for_its_columns_in_another_order_than_the_row_before_still_gets_each_by_name()
    {
        await using var cmd = db.DataSource.CreateCommand("select n as a, n * 10 as b from generate_series(1, 4) n order by n");
        var even = false;
        var rows = await RowReader.ListAsync(cmd, r =>
        {
            even = !even;
            if (even)
                return (r.Get<int>("a"), r.Get<int>("b"));
            var b = r.Get<int>("b");
            return (r.Get<int>("a"), b);
        }, CancellationToken.None);

        Assert.Equal([(1, 10), (2, 20), (3, 30), (4, 40)], rows);
    }

    [Fact]
    public async Task A_column_the_query_does_not_select_is_an_error_that_lists_the_columns_it_has()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FirstAsync("select 1 as id, 'x' as code", r => r.Get<long>("zone_id")));

        Assert.Contains("\"zone_id\"", error.Message);
        Assert.Contains("id, code", error.Message);
    }

    [Fact]
    public async Task A_column_selected_twice_under_one_name_is_refused_rather_than_read_ambiguously()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FirstAsync("select 1 as id, 2 as id", r => r.Get<int>("id")));

        Assert.Contains("\"id\" twice", error.Message);
    }

    [Fact]
    public async Task A_null_read_as_a_value_that_cannot_be_null_is_an_error_not_zero()
    {
        await Assert.ThrowsAnyAsync<InvalidCastException>(() => FirstAsync("select null::bigint as id", r => r.Get<long>("id")));
    }

    [Fact]
    public async Task Filter_parameters_are_named_after_their_columns_and_a_second_use_gets_a_number()
    {
        var query = new SqlQuery().Equal("DB-A-01", "p.code").Equal("DB-A-02", "z.code")
            .Range(100.0, 200.0, "p.area_m2");
        var source = query.Versions("plots", "p", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("plots_versions p", source);
        Assert.Equal("""
            p.code = @code
              and z.code = @code2
              and p.area_m2 >= @area_m2_from
              and p.area_m2 <= @area_m2_to
              and p.valid_from <= @asOf and (p.valid_to is null or p.valid_to > @asOf)
            """.Replace("\r", ""), query.WhereClause);
        await using var cmd = query.Command(db.DataSource, "select @code as code, @code2 as code2, @area_m2_to as area_to, @asOf as as_of");
        Assert.Equal(("DB-A-01", "DB-A-02", 200.0, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), await RowReader.FirstOrNullAsync(cmd,
            r => (r.Get<string>("code"), r.Get<string>("code2"), r.Get<double>("area_to"), r.Get<DateTimeOffset>("as_of")), CancellationToken.None));
    }
}
