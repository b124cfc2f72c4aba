using Npgsql;

namespace PlanningGIS.Planning.Tests;

public class DataSourceTests
{
    private static NpgsqlConnectionStringBuilder SettingsOf(string connectionString)
    {
        using var dataSource = PlanningServices.CreateDataSource(connectionString);
        return new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
    }

    [Fact]
    public void Statements_are_prepared_and_connections_not_reset_by_default()
    {
        var settings = SettingsOf("Host=127.0.0.1;Database=planninggis;Username=planning");
        Assert.Equal(50, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.True(settings.IncludeErrorDetail);
    }

    [Fact]
    public void A_connection_string_keeps_its_own_choice()
    {
        var settings = SettingsOf("Host=127.0.0.1;Database=planninggis;Username=planning;Max Auto Prepare=0;No Reset On Close=false");
        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }

    [Fact]
    public async Task The_audit_actor_of_one_transaction_is_not_seen_by_the_next_user_of_the_connection()
    {
        // Connections are not reset when pooled: this holds only because the API's session state is
        // transaction-local. One physical connection, so the second use is the same session.
        await using var db = await TestDatabase.EmptyAsync();
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = db.Name, MaxPoolSize = 1 };
        await using var dataSource = PlanningServices.CreateDataSource(builder.ConnectionString);
        int firstPid;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var set = new NpgsqlCommand("select set_config('planning.actor', 'planner', true), pg_backend_pid()", connection, transaction);
            await using (var reader = await set.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                firstPid = reader.GetInt32(1);
            }
            await transaction.CommitAsync();
        }
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var read = new NpgsqlCommand("select coalesce(current_setting('planning.actor', true), ''), pg_backend_pid()", connection);
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(firstPid, reader.GetInt32(1));
            Assert.Equal("", reader.GetString(0));
        }
    }
}
