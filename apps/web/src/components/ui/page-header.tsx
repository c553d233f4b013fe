import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a staff page: title, a line of explanation, and actions on the right. */
export function PageHeader({
  title,
  description,
  extra,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex className="page-header" justify="space-between" align="flex-start" gap={16} wrap>
      <div>
        {/* The page's one h1 (screen readers jump by heading), drawn at the size of an antd h3. */}
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
