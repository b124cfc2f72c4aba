using System.Text.RegularExpressions;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Allocations;

/// <summary>
/// The investor register: planners create an investor or replace its fields (saveInvestor). Each
/// malformed field is refused with details.field, so the form shows the message next to it.
/// </summary>
public static partial class InvestorMutations
{
    public static Task<InvestorRow> SaveAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        var code = Required(input.Get<string>("code"), "code", "Mã nhà đầu tư");
        return Mutation.RunAsync(ctx, $"Sổ đăng ký nhà đầu tư: {code}", async connection =>
        {
            var name = Limited(Required(input.Get<string>("name"), "name", "Tên nhà đầu tư"), "name", "Tên nhà đầu tư", 300);
            var country = (input.Get<string>("country") ?? "VN").Trim().ToUpperInvariant();
            if (!CountryCode().IsMatch(country))
                throw Invalid("country", "Quốc gia phải là mã hai chữ cái theo ISO 3166 (VN, CN, JP, KR, ...).");
            var taxCode = Optional(input.Get<string>("taxCode"));
            if (taxCode is not null && !TaxCode().IsMatch(taxCode))
                throw Invalid("taxCode", "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số (chi nhánh).");
            var email = Optional(input.Get<string>("contactEmail"));
            if (email is not null && !Email().IsMatch(email))
                throw Invalid("contactEmail", $"Địa chỉ thư điện tử \"{email}\" không hợp lệ.");
            var phone = Optional(input.Get<string>("contactPhone"));
            if (phone is not null && !Phone().IsMatch(phone))
                throw Invalid("contactPhone", "Số điện thoại chỉ gồm chữ số, dấu cách, '.', '-', '(' ')' và '+' ở đầu (8 đến 15 chữ số).");
            // Last of the field checks, so that each field's own check runs even when the code is ill-formed.
            if (!InvestorCode().IsMatch(code))
                throw Invalid("code", "Mã nhà đầu tư gồm 2 đến 40 chữ cái không dấu, chữ số, '-', '_' hoặc '.', ví dụ NDT-21.");
            if (taxCode is not null)
                await RefuseTaxCodeOfAnotherAsync(connection, taxCode, code, ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand("""
                insert into investors (code, name, country, tax_code, representative, contact_email, contact_phone)
                values (@code, @name, @country, @tax, @rep, @email, @phone)
                on conflict (code) do update set name = excluded.name, country = excluded.country, tax_code = excluded.tax_code,
                    representative = excluded.representative, contact_email = excluded.contact_email, contact_phone = excluded.contact_phone
                """, connection);
            cmd.Parameters.AddWithValue("code", code);
            cmd.Parameters.AddWithValue("name", name);
            cmd.Parameters.AddWithValue("country", country);
            cmd.Parameters.AddWithValue("tax", (object?)taxCode ?? DBNull.Value);
            var representative = Optional(input.Get<string>("representative")) is { } rep ? Limited(rep, "representative", "Người đại diện", 200) : null;
            cmd.Parameters.AddWithValue("rep", (object?)representative ?? DBNull.Value);
            cmd.Parameters.AddWithValue("email", (object?)email ?? DBNull.Value);
            cmd.Parameters.AddWithValue("phone", (object?)phone ?? DBNull.Value);
            await cmd.ExecuteNonQueryAsync(ctx.CancellationToken);
            return await InvestorQueries.ByCodeAsync(connection, code, ctx.CancellationToken);
        });
    }

    // The unique index would refuse it too, but without saying whose the tax code is.
    private static async Task RefuseTaxCodeOfAnotherAsync(NpgsqlConnection connection, string taxCode, string code, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select code from investors where tax_code = @tax and code <> @code", connection);
        cmd.Parameters.AddWithValue("tax", taxCode);
        cmd.Parameters.AddWithValue("code", code);
        if (await cmd.ExecuteScalarAsync(ct) is string holder)
            throw new PlanningError(ErrorCodes.Conflict, $"Mã số thuế {taxCode} đã thuộc nhà đầu tư {holder}.",
                new Dictionary<string, object?> { ["field"] = "taxCode", ["investorCode"] = holder });
    }

    private static string Required(string? value, string field, string label) =>
        Optional(value) ?? throw Invalid(field, $"{label} không được để trống.");

    // Free text is a line of ordinary characters: no control characters (NUL cannot be stored), a bounded length.
    private static string Limited(string value, string field, string label, int max) =>
        value.Length > max ? throw Invalid(field, $"{label} dài quá {max} ký tự.")
        : value.Any(char.IsControl) ? throw Invalid(field, $"{label} chứa ký tự điều khiển không hợp lệ.")
        : value;

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static PlanningError Invalid(string field, string message) =>
        new(ErrorCodes.BadUserInput, message, new Dictionary<string, object?> { ["field"] = field });

    [GeneratedRegex(@"^[A-Za-z0-9._-]{2,40}$")]
    private static partial Regex InvestorCode();

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex TaxCode();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?(?:[\d .()-]*\d){8,15}[\d .()-]*$")]
    private static partial Regex Phone();
}
