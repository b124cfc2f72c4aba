namespace PlanningGIS.Planning.Tests;

/// <summary>
/// What the database itself refuses, whatever code path writes. Each test works in a test zone of
/// its own (south-west of the province, away from the sample data) inside a copy of the sample database.
/// </summary>
public sealed class ConstraintTests : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CopyOfSampleAsync();
        await db.ExecuteAsync("""
            insert into zones (code, name, kind, boundary)
            values ('TEST-Z', 'Khu thử nghiệm', 'industrial_park', ST_Multi(ST_MakeEnvelope(106.200, 21.400, 106.210, 21.410, 4326)));
            insert into plots (code, zone_id, land_use_code, boundary)
            select 'TEST-P1', id, 'SKC', ST_MakeEnvelope(106.201, 21.401, 106.203, 21.403, 4326) from zones where code = 'TEST-Z';
            insert into investors (code, name) values ('TEST-I1', 'Công ty thử nghiệm 1'), ('TEST-I2', 'Công ty thử nghiệm 2');
            """);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private static string Plot(string code, string envelope) =>
        $"insert into plots (code, zone_id, land_use_code, boundary) select '{code}', id, 'SKC', ST_MakeEnvelope({envelope}, 4326) from zones where code = 'TEST-Z'";

    [Fact]
    public async Task Invalid_geometry_is_rejected()
    {
        // A bow-tie: the ring crosses itself.
        var error = await db.RejectsAsync("""
            insert into plots (code, zone_id, land_use_code, boundary)
            select 'TEST-BOWTIE', id, 'SKC', 'SRID=4326;POLYGON((106.204 21.404, 106.206 21.406, 106.206 21.404, 106.204 21.406, 106.204 21.404))'::geometry
            from zones where code = 'TEST-Z'
            """);

        Assert.Equal("23514", error.SqlState); // check_violation
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from plots where code = 'TEST-BOWTIE'"));
    }

    [Fact]
    public async Task A_geometry_in_another_srid_is_rejected()
    {
        var error = await db.RejectsAsync("""
            insert into plots (code, zone_id, land_use_code, boundary)
            select 'TEST-VN2000', id, 'SKC', ST_Transform(ST_MakeEnvelope(106.204, 21.404, 106.205, 21.405, 4326), 9215)
            from zones where code = 'TEST-Z'
            """);

        Assert.Contains("SRID", error.MessageText);
    }

    [Fact]
    public async Task A_geometry_outside_Lang_Son_is_rejected()
    {
        var error = await db.RejectsAsync("""
            insert into zones (code, name, kind, boundary)
            values ('TEST-HANOI', 'Hà Nội', 'urban_service_area', ST_Multi(ST_MakeEnvelope(105.80, 21.00, 105.81, 21.01, 4326)))
            """);

        Assert.Equal("23514", error.SqlState);
    }

    [Fact]
    public async Task A_plot_outside_its_zone_is_rejected_and_located()
    {
        var error = await db.RejectsAsync(Plot("TEST-OUT", "106.208, 21.408, 106.212, 21.409"));

        Assert.Equal("GT001", error.SqlState);
        Assert.Contains("TEST-OUT", error.MessageText);
        Assert.StartsWith("POINT(", error.Detail);
    }

    [Fact]
    public async Task Overlapping_plots_are_rejected_but_plots_sharing_an_edge_are_not()
    {
        var error = await db.RejectsAsync(Plot("TEST-OVERLAP", "106.202, 21.402, 106.204, 21.404"));
        await db.ExecuteAsync(Plot("TEST-NEIGHBOUR", "106.203, 21.401, 106.205, 21.403"));

        Assert.Equal("GT002", error.SqlState);
        Assert.Contains("TEST-P1", error.MessageText);
        Assert.Equal(1L, await db.ScalarAsync<long>("select count(*) from plots where code = 'TEST-NEIGHBOUR'"));
    }

    [Fact]
    public async Task A_zone_cannot_shrink_away_from_its_plots()
    {
        var error = await db.RejectsAsync(
            "update zones set boundary = ST_Multi(ST_MakeEnvelope(106.202, 21.400, 106.210, 21.410, 4326)) where code = 'TEST-Z'");

        Assert.Equal("GT001", error.SqlState);
        Assert.Equal(1, await db.ScalarAsync<int>("select version from zones where code = 'TEST-Z'"));
    }

    [Fact]
    public async Task Overlapping_active_allocations_of_the_same_plot_are_rejected()
    {
        const string allocate = """
            insert into allocations (code, plot_id, investor_id, form, start_date, term_years, status)
            select '{0}', p.id, i.id, 'lease_annual', '{1}', 50, 'active' from plots p, investors i
            where p.code = 'TEST-P1' and i.code = '{2}'
            """;
        await db.ExecuteAsync(string.Format(allocate, "TEST-A1", "2020-01-01", "TEST-I1"));

        var error = await db.RejectsAsync(string.Format(allocate, "TEST-A2", "2030-06-01", "TEST-I2"));
        await db.ExecuteAsync(string.Format(allocate, "TEST-A3", "2070-01-01", "TEST-I2"));

        Assert.Equal("23P01", error.SqlState); // exclusion_violation
        Assert.Equal("allocations_no_overlap", error.ConstraintName);
    }

    [Fact]
    public async Task Clearance_steps_must_follow_the_statutory_order()
    {
        await db.ExecuteAsync("""
            insert into clearance_projects (code, name, boundary)
            values ('TEST-GPMB', 'GPMB thử nghiệm', ST_Multi(ST_MakeEnvelope(106.200, 21.400, 106.205, 21.405, 4326)));
            insert into clearance_step_records (project_id, step_no, completed_on) select id, 1, '2025-01-01' from clearance_projects where code = 'TEST-GPMB';
            """);

        var error = await db.RejectsAsync(
            "insert into clearance_step_records (project_id, step_no, completed_on) select id, 4, '2025-02-01' from clearance_projects where code = 'TEST-GPMB'");

        Assert.Equal("GT010", error.SqlState);
        Assert.Contains("before step 2", error.MessageText);
    }

    [Fact]
    public async Task Editing_a_zone_keeps_the_previous_version_with_who_and_on_what_decision()
    {
        await db.ExecuteAsync("""
            begin;
            select set_config('planning.actor', 'planner', true), set_config('planning.legal_basis', '12/QĐ-BQL', true);
            update zones set boundary = ST_Multi(ST_MakeEnvelope(106.200, 21.400, 106.212, 21.410, 4326)) where code = 'TEST-Z';
            commit;
            """);

        Assert.Equal(2, await db.ScalarAsync<int>("select version from zones where code = 'TEST-Z'"));
        Assert.Equal("planner 12/QĐ-BQL", await db.ScalarAsync<string>("select changed_by || ' ' || legal_basis from zones where code = 'TEST-Z'"));
        Assert.Equal(1, await db.ScalarAsync<int>("select version from zones_history where code = 'TEST-Z'"));
        Assert.Equal(1L, await db.ScalarAsync<long>(
            "select count(*) from audit_log where table_name = 'zones' and action = 'UPDATE' and actor = 'planner' and legal_basis = '12/QĐ-BQL' and changes ? 'boundary'"));
    }
}
