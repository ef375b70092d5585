import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/**
 * The example queries the console opens with, one per tab. They use only the public schema
 * and the seed article, so each runs as is on a fresh server.
 */
export const exampleTabs: TabDefinition[] = [
  {
    query: /* GraphQL */ `# Search forgives typos and other spellings:
# "Alferov" finds Daniil Alfyorov.
# Run: Ctrl+Enter, or the pink button.
# More examples are in the tabs above.
query Search {
  search(query: "Alferov", first: 5) {
    score
    entity { id name __typename aliases }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# An entity by any spelling, with its
# relationships in both directions.
query Entity($name: String!) {
  entity(name: $name) {
    id
    name
    description
    relations {
      type
      direction
      role
      other { id name __typename }
      sources { title publisher }
    }
  }
}
`,
    variables: JSON.stringify({ name: 'Kuzminov' }, null, 2),
  },
  {
    query: /* GraphQL */ `# Which figures did GUR's people give?
# includeMembers follows its departments.
query FiguresByGur {
  figures(filter: { reportedBy: "HUR", includeMembers: true }) {
    totalCount
    edges {
      node {
        display
        counts
        refersTo
        refersToLabel
        attribution { kind reportedBy { name } source { title } }
        comparable { display refersTo }
      }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# How is the pilot connected to Ukraine's military intelligence?
query PilotToGur {
  path(from: "person:maxim-kuzminov", to: "GUR") {
    length
    steps {
      from { name }
      relation
      direction
      role
      to { name }
      sources { title }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# Events in date order: those of one place
# and of the places within it.
query Timeline {
  timeline(entity: "Ukraine") {
    name
    kind
    date
    dateLabel
    place { name }
  }
}
`,
  },
];
