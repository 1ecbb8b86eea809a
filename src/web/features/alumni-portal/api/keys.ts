export const alumniPortalKeys = {
  all: ["alumni-portal"] as const,
  profile: () => [...alumniPortalKeys.all, "profile"] as const,
  consents: () => [...alumniPortalKeys.all, "consents"] as const,
  notice: () => [...alumniPortalKeys.all, "notice"] as const,
  home: () => [...alumniPortalKeys.all, "home"] as const,
};
