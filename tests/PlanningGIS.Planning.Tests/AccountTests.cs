using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Tests;

public sealed class AccountTests : IAsyncLifetime
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock clock = new();
    private TestDatabase db = null!;
    private AccountStore accounts = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CopyOfSampleAsync();
        accounts = new AccountStore(db.DataSource, clock);
        await accounts.SaveAsync("planner.test", "Cán bộ thử", [Roles.Planner], "đúng-mật-khẩu", null);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_user_signs_in_with_the_right_password_and_the_token_identifies_them()
    {
        var session = (await accounts.LoginAsync("planner.test", "đúng-mật-khẩu")).Session;

        var account = await accounts.AuthenticateAsync(session!.Token);

        Assert.Equal("planner.test", account!.Username);
        Assert.Equal([Roles.Planner], account.Roles);
        Assert.Equal(1L, await db.ScalarAsync<long>("select count(*) from audit_log where action = 'LOGIN' and actor = 'planner.test'"));
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_gets_no_token()
    {
        Assert.Null((await accounts.LoginAsync("planner.test", "sai")).Session);
        Assert.Null((await accounts.LoginAsync("nobody", "đúng-mật-khẩu")).Session);
    }

    [Fact]
    public async Task Tokens_expire_and_only_their_hash_is_stored()
    {
        var session = (await accounts.LoginAsync("planner.test", "đúng-mật-khẩu")).Session;
        clock.Now += AccountStore.TokenLifetime + TimeSpan.FromMinutes(1);

        Assert.Null(await accounts.AuthenticateAsync(session!.Token));
        Assert.Equal(0L, await db.ScalarAsync<long>($"select count(*) from sessions where token_sha256 = '{session.Token}'"));
        Assert.DoesNotContain("đúng-mật-khẩu", await db.ScalarAsync<string>("select password_hash from users where username = 'planner.test'"));
    }

    [Fact]
    public async Task Demo_accounts_are_created_once_with_random_passwords_in_a_file_only_the_owner_reads()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "demo-accounts.txt");
        var demo = new DemoAccounts(accounts, db.DataSource);

        var lines = await demo.EnsureAsync(path);
        var again = await demo.EnsureAsync(path);

        Assert.Equal(["planner", "inspector", "investor", "admin"], lines.Select(l => l.Split(' ')[0]));
        Assert.Empty(again);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var investor = lines.Single(l => l.StartsWith("investor ", StringComparison.Ordinal)).Split(' ')[1];
        var session = (await accounts.LoginAsync("investor", investor)).Session;
        Assert.NotNull(session!.Account.InvestorId);
    }
}
