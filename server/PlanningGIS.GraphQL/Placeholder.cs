namespace PlanningGIS.GraphQL;
