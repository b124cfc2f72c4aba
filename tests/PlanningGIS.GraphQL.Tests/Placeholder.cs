namespace PlanningGIS.GraphQL.Tests;
