using PlanningGIS.Planning.SampleData;

namespace PlanningGIS.Planning.Tests;

public sealed class SampleDataTests
{
    private const string CountEverything = """
        select (select count(*) from dossiers) || '/' || (select count(*) from zones) || '/' || (select count(*) from plots)
            || '/' || (select count(*) from allocations) || '/' || (select count(*) from clearance_step_records)
            || '/' || (select count(*) from land_use_current) || '/' || (select count(*) from violations)
            || '/' || (select count(*) from audit_log) || '/' || (select max(version) from plots)
        """;

    [Fact]
    public async Task The_sample_has_198_dossiers_and_every_layer_is_populated()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();

        Assert.Equal(198L, await db.ScalarAsync<long>("select count(*) from dossiers"));
        Assert.True(await db.ScalarAsync<long>("select count(*) from plots") >= 300);
        foreach (var table in new[] { "zones", "investors", "allocations", "clearance_projects", "clearance_parcels",
                     "clearance_step_records", "land_use_current", "conversions", "violations", "conversion_approval_rules" })
            Assert.True(await db.ScalarAsync<long>($"select count(*) from {table}") > 0, $"{table} is empty");
    }

    [Fact]
    public async Task The_real_dossiers_are_not_marked_illustrative_and_the_rest_are()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();

        Assert.False(await db.ScalarAsync<bool>("select illustrative from dossiers where decision_number = '1055/QĐ-TTg'"));
        Assert.True(await db.ScalarAsync<long>("select count(*) from dossiers where illustrative") >= 180);
    }

    [Fact]
    public async Task Loading_twice_changes_nothing()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();
        var before = await db.ScalarAsync<string>(CountEverything);

        var loaded = await db.Loader().LoadDirectoryAsync(TestDatabase.SampleDataDirectory);

        Assert.Equal(0, loaded);
        Assert.Equal(before, await db.ScalarAsync<string>(CountEverything));
    }

    [Fact]
    public async Task The_sample_is_consistent_plots_inside_zones_zones_inside_their_dossiers_no_overlapping_plots()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();

        Assert.Equal(0L, await db.ScalarAsync<long>(
            "select count(*) from plots p join zones z on z.id = p.zone_id where area_m2(ST_Difference(p.boundary, z.boundary)) > 0.01"));
        Assert.Equal(0L, await db.ScalarAsync<long>(
            "select count(*) from plots a join plots b on a.id < b.id and a.boundary && b.boundary where area_m2(ST_Intersection(a.boundary, b.boundary)) > 0.01"));
        Assert.Equal(0L, await db.ScalarAsync<long>(
            "select count(*) from zones z join dossiers d on d.id = z.dossier_id where area_m2(ST_Difference(z.boundary, d.boundary)) > 1"));
    }
}
