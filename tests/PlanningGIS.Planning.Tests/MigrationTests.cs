using PlanningGIS.Planning.Database;

namespace PlanningGIS.Planning.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_a_second_run_applies_nothing()
    {
        await using var db = await TestDatabase.EmptyAsync();

        var first = await db.Migrator().MigrateAsync();
        var second = await db.Migrator().MigrateAsync();

        Assert.Equal(Migrator.EmbeddedMigrations().Select(m => m.Name), first);
        Assert.Empty(second);
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from dossiers"));
        Assert.Equal("+proj=tmerc", (await db.ScalarAsync<string>("select proj4text from spatial_ref_sys where srid = 9215"))[..11]);
    }

    [Fact]
    public async Task A_migration_edited_after_it_was_applied_is_refused()
    {
        await using var db = await TestDatabase.EmptyAsync();
        await db.Migrator().MigrateAsync();
        await db.ExecuteAsync("update schema_migrations set sha256 = 'edited' where name = '0001_extensions_and_reference.sql'");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Migrator().MigrateAsync());

        Assert.Contains("0001_extensions_and_reference.sql", error.Message);
    }

    [Fact]
    public async Task Every_geometry_column_has_a_type_srid_4326_a_validity_check_and_a_gist_index()
    {
        await using var db = await TestDatabase.CopyOfSampleAsync();

        var unindexedOrWrongSrid = await db.ScalarAsync<long>("""
            select count(*) from geometry_columns g
            join pg_class t on t.relname = g.f_table_name and t.relkind = 'r' -- tables, not the *_versions views
            where g.f_table_schema = 'public' and g.f_table_name not like '%\_history'
              and (g.srid <> 4326
                   or not exists (select 1 from pg_indexes i where i.tablename = g.f_table_name
                                  and i.indexdef like '%USING gist (' || g.f_geometry_column || ')%')
                   or not exists (select 1 from pg_constraint c where c.conrelid = g.f_table_name::regclass
                                  and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%st_isvalid(' || g.f_geometry_column || ')%'))
            """);
        var geometryColumns = await db.ScalarAsync<long>("select count(*) from geometry_columns where f_table_schema = 'public'");

        Assert.True(geometryColumns >= 9, $"expected the model's geometry columns, found {geometryColumns}");
        Assert.Equal(0L, unindexedOrWrongSrid);
    }
}
